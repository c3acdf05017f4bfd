namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>An instance of the simulated group: its id, its state, the passage it is on, and its first active action.</summary>
internal sealed class SimulatedInstance(InstanceId id)
{
    public InstanceId Id { get; } = id;

    public InstanceLifecycleState State { get; set; }

    public Passage Passage { get; set; }

    /// <summary>The handle of its first active action in <see cref="LifecycleActionTable"/>, or -1 when it waits for none.</summary>
    public int FirstAction { get; set; } = -1;

    public bool Waiting => FirstAction >= 0;
}

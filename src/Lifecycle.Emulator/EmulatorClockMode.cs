namespace Lifecycle.Emulator;

/// <summary>How the emulator's virtual clock moves.</summary>
public enum EmulatorClockMode
{
    /// <summary>Only on request: <c>POST /_lifecycle/clock</c> or <see cref="LifecycleEmulator.AdvanceClock"/>. The default, for tests.</summary>
    Manual,

    /// <summary>At wall-clock speed times <see cref="EmulatorOptions.Speed"/>, and on request as well.</summary>
    Real,
}

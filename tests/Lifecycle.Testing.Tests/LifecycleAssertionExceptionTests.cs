using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Testing.Tests;

/// <summary>What the kits and assertions throw: plain words on what the test expected and what happened.</summary>
public class LifecycleAssertionExceptionTests
{
    [Fact]
    public void AHookTheServiceWouldRefuse_IsThrownWithTheServicesError()
    {
        var kit = new SimulatorKit();

        var thrown = Assert.Throws<LifecycleAssertionException>(() => kit.PutLifecycleHook("bad name", LifecycleTransition.InstanceLaunching));

        Assert.StartsWith("The hook bad name was refused: ValidationError: ", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItCarriesItsCause()
    {
        var cause = new InvalidOperationException("inner");

        Assert.Same(cause, new LifecycleAssertionException("outer", cause).InnerException);
    }
}

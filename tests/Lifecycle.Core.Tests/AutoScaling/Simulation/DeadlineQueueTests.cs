using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

public class DeadlineQueueTests
{
    [Property(Arbitrary = [typeof(Deadlines)])]
    public bool Items_ComeOut_EarliestFirst_AndInTheOrderAddedWithinASecond(int[] deadlines)
    {
        var queue = new DeadlineQueue<int>();
        for (var i = 0; i < deadlines.Length; i++)
        {
            queue.Enqueue(i, deadlines[i]);
        }

        var expected = deadlines.Select((d, i) => (d, i)).OrderBy(x => x.d).Select(x => (long)x.d * 1000 + x.i).ToList();
        var actual = new List<long>();
        while (queue.TryPeek(out var peeked, out var deadline))
        {
            var item = queue.Dequeue();
            if (item != peeked)
            {
                return false;
            }

            actual.Add(deadline * 1000 + item);
        }

        return queue.Count == 0 && expected.SequenceEqual(actual);
    }

    /// <summary>Deadlines within 21 seconds, so that many share a second.</summary>
    public static class Deadlines
    {
        public static Arbitrary<int[]> Seconds() => Arb.From(Gen.ArrayOf(Gen.Choose(0, 20)));
    }

    [Fact]
    public void Dequeue_OnEmpty_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new DeadlineQueue<int>().Dequeue());
}

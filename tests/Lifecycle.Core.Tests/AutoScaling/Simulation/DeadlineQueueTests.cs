using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling.Simulation;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

public class DeadlineQueueTests
{
    [Fact]
    public void Items_ComeOut_EarliestFirst_AndInTheOrderAddedWithinASecond() =>
        Properties.Check(Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 20))), deadlines =>
        {
            var queue = new DeadlineQueue<int>();
            for (var i = 0; i < deadlines.Count; i++)
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
        }));

    [Fact]
    public void Dequeue_OnEmpty_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new DeadlineQueue<int>().Dequeue());
}

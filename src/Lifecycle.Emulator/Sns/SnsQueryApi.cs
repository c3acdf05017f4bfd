using System.Xml;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;

namespace Lifecycle.Emulator.Sns;

/// <summary>SNS's query protocol (Version 2010-03-31): topics, SQS subscriptions and Publish.</summary>
internal sealed class SnsQueryApi(EmulatorWorld world)
{
    public const string Namespace = "http://sns.amazonaws.com/doc/2010-03-31/";

    public WireResponse Handle(WireRequest request)
    {
        var p = request.Parameters;
        lock (world.Gate)
        {
            world.CatchUp();
            var sns = world.Topics;
            Action<XmlWriter>? result = request.Operation switch
            {
                "CreateTopic" => Element("TopicArn", sns.CreateTopic(p.Required("Name")).TopicArn),
                "DeleteTopic" => Done(() => sns.DeleteTopic(p.Required("TopicArn"))),
                "Subscribe" => Element("SubscriptionArn", sns.Subscribe(p.Required("TopicArn"), p.Required("Protocol"), p.Required("Endpoint"),
                    p.Structures("Attributes.entry", member: false).Any(e => e.Get("key") == "RawMessageDelivery" && e.Get("value") == "true")).SubscriptionArn),
                "Unsubscribe" => Done(() => sns.Unsubscribe(p.Required("SubscriptionArn"))),
                "ListTopics" => w => QueryXml.Members(w, "Topics", sns.All, (w, t) => QueryXml.Element(w, "TopicArn", t.TopicArn)),
                "ListSubscriptionsByTopic" => Subscriptions(sns.Get(p.Required("TopicArn"))),
                "Publish" => Element("MessageId", sns.Publish(
                    sns.Get(p.Get("TopicArn") ?? p.Get("TargetArn") ?? throw ServiceError.MissingParameter("TopicArn")),
                    p.Required("Message"), p.Get("Subject"), world.Now)),
                _ => throw ServiceError.InvalidAction(request.Operation, "Amazon SNS"),
            };
            return WireResponse.XmlOk(QueryXml.Success(request.Operation, Namespace, request.RequestId, result));
        }
    }

    private static Action<XmlWriter> Element(string name, string value) => w => QueryXml.Element(w, name, value);

    private static Action<XmlWriter>? Done(Action action)
    {
        action();
        return null;
    }

    private Action<XmlWriter> Subscriptions(SnsTopic topic)
    {
        var subscriptions = topic.Subscriptions.ToList();
        var owner = world.Environment.AccountId;
        return w => QueryXml.Members(w, "Subscriptions", subscriptions, (w, s) =>
        {
            QueryXml.Element(w, "SubscriptionArn", s.SubscriptionArn);
            QueryXml.Element(w, "Owner", owner);
            QueryXml.Element(w, "Protocol", s.Protocol);
            QueryXml.Element(w, "Endpoint", s.Endpoint);
            QueryXml.Element(w, "TopicArn", s.TopicArn);
        });
    }
}

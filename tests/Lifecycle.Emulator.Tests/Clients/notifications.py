"""Lifecycle notifications through SNS and EventBridge, and a warm pool, driven with boto3 as a user's code would.

Usage: python3 notifications.py ENDPOINT
Exits 0 when every step behaves as AWS documents; an AssertionError (exit 1) names the step that did not.
"""
import json
import sys

import boto3

endpoint = sys.argv[1].rstrip("/")
kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
asg = boto3.client("autoscaling", **kw)
sqs = boto3.client("sqs", **kw)
sns = boto3.client("sns", **kw)
events = boto3.client("events", **kw)


def queue(name):
    url = sqs.create_queue(QueueName=name)["QueueUrl"]
    return url, sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


def drain(url):
    """Every message now in the queue, each deleted once read."""
    bodies = []
    while True:
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=0).get("Messages", [])
        if not messages:
            return bodies
        for m in messages:
            bodies.append(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])


# SNS: one topic, a queue subscribed with SNS's envelope and one with raw delivery.
topic = sns.create_topic(Name="lifecycle")["TopicArn"]
assert topic == "arn:aws:sns:us-east-1:123456789012:lifecycle", topic
enveloped_url, enveloped_arn = queue("enveloped")
raw_url, raw_arn = queue("raw")
sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=enveloped_arn)
sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=raw_arn, Attributes={"RawMessageDelivery": "true"})
subscriptions = sns.list_subscriptions_by_topic(TopicArn=topic)["Subscriptions"]
assert sorted(s["Endpoint"] for s in subscriptions) == sorted([enveloped_arn, raw_arn]), subscriptions
assert topic in [t["TopicArn"] for t in sns.list_topics()["Topics"]]

# EventBridge: a rule for terminate actions of the group "web" only, into its own queue.
events_url, events_arn = queue("events")
pattern = {"source": ["aws.autoscaling"], "detail-type": ["EC2 Instance-terminate Lifecycle Action"],
           "detail": {"AutoScalingGroupName": ["web"]}}
events.put_rule(Name="web-terminating", EventPattern=json.dumps(pattern))
events.put_targets(Rule="web-terminating", Targets=[{"Id": "q", "Arn": events_arn}])
assert [r["Name"] for r in events.list_rules()["Rules"]] == ["web-terminating"]

asg.create_auto_scaling_group(AutoScalingGroupName="web", MinSize=0, MaxSize=4, DesiredCapacity=1,
                              AvailabilityZones=["us-east-1a"], LaunchConfigurationName="web")
asg.put_lifecycle_hook(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleTransition="autoscaling:EC2_INSTANCE_TERMINATING",
                       NotificationTargetARN=topic, RoleARN="arn:aws:iam::123456789012:role/hooks", HeartbeatTimeout=300,
                       NotificationMetadata="drain me")

# The test message reaches both queues: in SNS's envelope in one, alone in the other.
[envelope] = drain(enveloped_url)
assert envelope["Type"] == "Notification" and envelope["TopicArn"] == topic, envelope
for field in ("MessageId", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL", "Subject"):
    assert field in envelope, f"the envelope lacks {field}: {envelope}"
inner = json.loads(envelope["Message"])
[raw] = drain(raw_url)
assert inner == raw, (inner, raw)
assert raw["Event"] == "autoscaling:TEST_NOTIFICATION" and raw["AutoScalingGroupName"] == "web", raw
assert drain(events_url) == [], "EventBridge carries no test message"

# A terminating instance: the action message through SNS, and the event through the rule.
[instance] = [i["InstanceId"] for i in asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])["AutoScalingGroups"][0]["Instances"]]
asg.terminate_instance_in_auto_scaling_group(InstanceId=instance, ShouldDecrementDesiredCapacity=True)
[envelope] = drain(enveloped_url)
action = json.loads(envelope["Message"])
assert envelope["Subject"] == f"Auto Scaling:  Lifecycle action 'TERMINATING' for instance {instance} in progress.", envelope["Subject"]
assert drain(raw_url) == [action]
assert action["LifecycleTransition"] == "autoscaling:EC2_INSTANCE_TERMINATING" and action["EC2InstanceId"] == instance, action
assert action["NotificationMetadata"] == "drain me", action
[event] = drain(events_url)
assert event["source"] == "aws.autoscaling" and event["detail-type"] == "EC2 Instance-terminate Lifecycle Action", event
assert event["detail"]["LifecycleActionToken"] == action["LifecycleActionToken"], (event, action)
assert event["resources"] == [asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])["AutoScalingGroups"][0]["AutoScalingGroupARN"]]
asg.complete_lifecycle_action(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleActionToken=action["LifecycleActionToken"],
                              LifecycleActionResult="CONTINUE")

# A warm pool: instances launched into it wait on a launching hook, then stop in the pool. Its size is
# MaxGroupPreparedCapacity less the desired capacity, at least MinSize (without MaxGroupPreparedCapacity, MaxSize counts).
asg.create_auto_scaling_group(AutoScalingGroupName="pool", MinSize=0, MaxSize=4, DesiredCapacity=0,
                              AvailabilityZones=["us-east-1a"], LaunchConfigurationName="pool")
asg.put_lifecycle_hook(AutoScalingGroupName="pool", LifecycleHookName="warm", LifecycleTransition="autoscaling:EC2_INSTANCE_LAUNCHING",
                       HeartbeatTimeout=120, DefaultResult="ABANDON")
asg.put_warm_pool(AutoScalingGroupName="pool", MinSize=1, MaxGroupPreparedCapacity=2, PoolState="Stopped")
pool = asg.describe_warm_pool(AutoScalingGroupName="pool")
assert pool["WarmPoolConfiguration"]["MinSize"] == 1 and pool["WarmPoolConfiguration"]["MaxGroupPreparedCapacity"] == 2 and pool["WarmPoolConfiguration"]["PoolState"] == "Stopped", pool
states = sorted(i["LifecycleState"] for i in pool["Instances"])
assert states == ["Warmed:Pending:Wait", "Warmed:Pending:Wait"], states
for i in pool["Instances"]:
    asg.complete_lifecycle_action(AutoScalingGroupName="pool", LifecycleHookName="warm", InstanceId=i["InstanceId"], LifecycleActionResult="CONTINUE")
states = sorted(i["LifecycleState"] for i in asg.describe_warm_pool(AutoScalingGroupName="pool")["Instances"])
assert states == ["Warmed:Stopped", "Warmed:Stopped"], states

# Scaling out takes a pooled instance first, through the launching hook again.
asg.set_desired_capacity(AutoScalingGroupName="pool", DesiredCapacity=1)
group = asg.describe_auto_scaling_groups(AutoScalingGroupNames=["pool"])["AutoScalingGroups"][0]
[(taken, state)] = [(i["InstanceId"], i["LifecycleState"]) for i in group["Instances"]]
assert taken in [i["InstanceId"] for i in pool["Instances"]] and state == "Pending:Wait", (taken, state)
asg.delete_warm_pool(AutoScalingGroupName="pool", ForceDelete=True)

# The pool's launch actions went to EventBridge too, but match neither the rule's detail-type nor its group.
assert drain(events_url) == [], "a launch action of another group matched the rule"
events.remove_targets(Rule="web-terminating", Ids=["q"])
events.delete_rule(Name="web-terminating")
assert events.list_rules()["Rules"] == []
print("notifications and warm pools as AWS documents")

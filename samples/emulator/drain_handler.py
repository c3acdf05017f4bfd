"""The drain handler pattern against the emulator with boto3, as a user's handler would run it.

Usage: python3 samples/emulator/drain_handler.py ENDPOINT, against a freshly started `lifecycle serve --port 0`.
Exits 0 when every step behaves as AWS documents; an AssertionError (exit 1) names the step that did not.
"""
import json
import sys
import urllib.request

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1].rstrip("/")
kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
asg = boto3.client("autoscaling", **kw)
sqs = boto3.client("sqs", **kw)


def clock(advance=None):
    data = None if advance is None else json.dumps({"advance": advance}).encode()
    request = urllib.request.Request(endpoint + "/_lifecycle/clock", data=data, method="GET" if data is None else "POST")
    return json.load(urllib.request.urlopen(request))


def error_of(call, **args):
    try:
        call(**args)
    except ClientError as e:
        return e.response["Error"]
    raise AssertionError(f"{call.__name__} was expected to fail")


def receive_one(queue):
    messages = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=2, MaxNumberOfMessages=10).get("Messages", [])
    assert len(messages) == 1, f"expected one message, got {messages}"
    return messages[0]


queue = sqs.create_queue(QueueName="lifecycle-hooks")["QueueUrl"]
queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
role = "arn:aws:iam::123456789012:role/lifecycle-hooks"

# A group with two instances.
asg.create_auto_scaling_group(AutoScalingGroupName="web", MinSize=0, MaxSize=4, DesiredCapacity=2,
                              AvailabilityZones=["us-east-1a", "us-east-1b"],
                              LaunchTemplate={"LaunchTemplateName": "web", "Version": "$Latest"})
group = asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])["AutoScalingGroups"][0]
instances = [i["InstanceId"] for i in group["Instances"]]
assert instances == ["i-00000000000000001", "i-00000000000000002"], instances
assert all(i["LifecycleState"] == "InService" for i in group["Instances"]), group["Instances"]
assert group["LaunchTemplate"] == {"LaunchTemplateName": "web", "Version": "$Latest"}, group["LaunchTemplate"]

# The hook is refused for HeartbeatTimeout 10, and for a target that does not exist.
hook = dict(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleTransition="autoscaling:EC2_INSTANCE_TERMINATING",
            RoleARN=role, DefaultResult="ABANDON")
refused = error_of(asg.put_lifecycle_hook, HeartbeatTimeout=10, NotificationTargetARN=queue_arn, **hook)
assert refused["Code"] == "ValidationError" and "30 and 7200" in refused["Message"], refused
missing = error_of(asg.put_lifecycle_hook, HeartbeatTimeout=60, NotificationTargetARN=queue_arn + "-missing", **hook)
assert missing["Message"].startswith("Unable to publish test message to notification target"), missing
asg.put_lifecycle_hook(HeartbeatTimeout=60, NotificationTargetARN=queue_arn, **hook)
described = asg.describe_lifecycle_hooks(AutoScalingGroupName="web")["LifecycleHooks"]
assert [(h["LifecycleHookName"], h["HeartbeatTimeout"], h["GlobalTimeout"], h["DefaultResult"]) for h in described] == [("drain", 60, 6000, "ABANDON")], described

# The test message; the handler skips it.
test = receive_one(queue)
assert json.loads(test["Body"])["Event"] == "autoscaling:TEST_NOTIFICATION", test["Body"]
sqs.delete_message(QueueUrl=queue, ReceiptHandle=test["ReceiptHandle"])

# Terminate the first instance: Terminating:Wait, and the action message.
asg.terminate_instance_in_auto_scaling_group(InstanceId=instances[0], ShouldDecrementDesiredCapacity=True)
state = asg.describe_auto_scaling_instances(InstanceIds=[instances[0]])["AutoScalingInstances"][0]["LifecycleState"]
assert state == "Terminating:Wait", state
message = receive_one(queue)
body = json.loads(message["Body"])
assert body["LifecycleTransition"] == "autoscaling:EC2_INSTANCE_TERMINATING" and body["EC2InstanceId"] == instances[0], body

# Heartbeat, let 50 seconds pass (within the 60 s the heartbeat gave), complete CONTINUE by token.
asg.record_lifecycle_action_heartbeat(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleActionToken=body["LifecycleActionToken"])
assert clock(50)["now"] == 50
asg.complete_lifecycle_action(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleActionResult="CONTINUE",
                              LifecycleActionToken=body["LifecycleActionToken"])
sqs.delete_message(QueueUrl=queue, ReceiptHandle=message["ReceiptHandle"])
left = [i["InstanceId"] for i in asg.describe_auto_scaling_instances()["AutoScalingInstances"]]
assert left == [instances[1]], left

# A late completion is refused as AWS refuses it.
late = error_of(asg.complete_lifecycle_action, AutoScalingGroupName="web", LifecycleHookName="drain",
                LifecycleActionResult="CONTINUE", InstanceId=instances[0])
assert late == {"Type": "Sender", "Code": "ValidationError", "Message": f"No active Lifecycle Action found with instance ID {instances[0]}"}, late

# The second instance: no heartbeat, no completion; at the heartbeat deadline the DefaultResult ABANDON applies.
asg.terminate_instance_in_auto_scaling_group(InstanceId=instances[1], ShouldDecrementDesiredCapacity=True)
second_message = receive_one(queue)
second = json.loads(second_message["Body"])
assert second["EC2InstanceId"] == instances[1], second
sqs.delete_message(QueueUrl=queue, ReceiptHandle=second_message["ReceiptHandle"])
assert clock(60)["now"] == 110
timeline = urllib.request.urlopen(endpoint + "/_lifecycle/timeline").read().decode().splitlines()
timed_out = [json.loads(line) for line in timeline if '"timed-out"' in line]
assert [(e["instance"], e["result"], e["deadline"], e["t"]) for e in timed_out] == [(instances[1], "ABANDON", "heartbeat", 110)], timed_out
gone = error_of(asg.record_lifecycle_action_heartbeat, AutoScalingGroupName="web", LifecycleHookName="drain", InstanceId=instances[1])
assert gone["Message"] == f"No active Lifecycle Action found with instance ID {instances[1]}", gone
assert asg.describe_auto_scaling_instances()["AutoScalingInstances"] == []

# And by instance id: scale out, terminate, complete with the instance id alone.
asg.set_desired_capacity(AutoScalingGroupName="web", DesiredCapacity=1)
third = asg.describe_auto_scaling_groups(AutoScalingGroupNames=["web"])["AutoScalingGroups"][0]["Instances"][0]["InstanceId"]
asg.terminate_instance_in_auto_scaling_group(InstanceId=third, ShouldDecrementDesiredCapacity=True)
assert json.loads(receive_one(queue)["Body"])["EC2InstanceId"] == third
asg.complete_lifecycle_action(AutoScalingGroupName="web", LifecycleHookName="drain", LifecycleActionResult="CONTINUE", InstanceId=third)
activities = asg.describe_scaling_activities(AutoScalingGroupName="web")["Activities"]
assert activities[0]["Description"] == f"Terminating EC2 instance: {third}" and activities[0]["StatusCode"] == "Successful", activities[0]
print("drain handler: every step as AWS documents")

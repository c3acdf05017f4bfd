namespace Lifecycle.Core.AutoScaling.Validation;

/// <summary>
/// Lint checks on ARNs. The API model only bounds their length and character set (§1.1); these checks
/// catch targets and roles that cannot work, as warnings, because AWS's own text for them was not found.
/// </summary>
internal static class ArnRules
{
    /// <summary>What a notification target ARN names.</summary>
    public enum TargetKind
    {
        /// <summary>Not an ARN of a service a hook can notify.</summary>
        Unsupported,

        /// <summary>An SNS topic.</summary>
        SnsTopic,

        /// <summary>A standard SQS queue.</summary>
        SqsQueue,

        /// <summary>An SQS FIFO queue, which lifecycle hooks cannot use (§2.7.1).</summary>
        SqsFifoQueue,

        /// <summary>A Lambda function (announced in 2025, §2.7.4; not in the API model's text).</summary>
        LambdaFunction,
    }

    /// <summary>Classifies a notification target: <c>arn:PARTITION:sns|sqs:REGION:ACCOUNT:NAME</c>.</summary>
    public static TargetKind ClassifyTarget(string arn)
    {
        if (!TrySplit(arn, out var service, out var region, out var account, out var resource) || region.Length == 0)
        {
            return TargetKind.Unsupported;
        }

        if (!IsAccountId(account))
        {
            return TargetKind.Unsupported;
        }

        return service switch
        {
            "sns" when IsQueueOrTopicName(resource, 256) => TargetKind.SnsTopic,
            "sqs" when IsQueueOrTopicName(resource, 80) => resource.EndsWith(".fifo", StringComparison.Ordinal)
                ? TargetKind.SqsFifoQueue
                : TargetKind.SqsQueue,
            "lambda" when resource.StartsWith("function:", StringComparison.Ordinal) && resource.Length > "function:".Length => TargetKind.LambdaFunction,
            _ => TargetKind.Unsupported,
        };
    }

    /// <summary>True for <c>arn:PARTITION:iam::ACCOUNT:role/PATH/NAME</c>.</summary>
    public static bool IsIamRoleArn(string arn) =>
        TrySplit(arn, out var service, out var region, out var account, out var resource)
        && service == "iam"
        && region.Length == 0
        && IsAccountId(account)
        && resource.StartsWith("role/", StringComparison.Ordinal)
        && resource.Length > "role/".Length
        && !resource.EndsWith('/');

    private static bool TrySplit(string arn, out string service, out string region, out string account, out string resource)
    {
        service = region = account = resource = string.Empty;
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || !parts[1].StartsWith("aws", StringComparison.Ordinal))
        {
            return false;
        }

        (service, region, account, resource) = (parts[2], parts[3], parts[4], parts[5]);
        return service.Length > 0 && resource.Length > 0;
    }

    private static bool IsAccountId(string account) => account.Length == 12 && account.All(char.IsAsciiDigit);

    private static bool IsQueueOrTopicName(string name, int maxLength)
    {
        var bare = name.EndsWith(".fifo", StringComparison.Ordinal) ? name[..^5] : name;
        return bare.Length > 0
            && name.Length <= maxLength
            && bare.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.AutoScaling.Json;

/// <summary>
/// Reads and writes the Auto Scaling lifecycle hook shapes as JSON, with the AWS API's own member names
/// (<c>LifecycleHookName</c>, <c>HeartbeatTimeout</c>, ...), as <c>aws autoscaling put-lifecycle-hook
/// --cli-input-json</c> takes them and <c>describe-lifecycle-hooks</c> prints them. Reading never throws:
/// malformed JSON and wrong types are error diagnostics with line and column; unknown members are warnings.
/// </summary>
public static class LifecycleHookJson
{
    /// <summary>Writes a request as indented JSON, leaving out members that are not given.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(PutLifecycleHookRequest request) =>
        JsonSerializer.Serialize(request, AutoScalingJsonContext.Default.PutLifecycleHookRequest);

    /// <summary>Writes a hook specification as indented JSON.</summary>
    /// <param name="specification">The specification.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(LifecycleHookSpecification specification) =>
        JsonSerializer.Serialize(specification, AutoScalingJsonContext.Default.LifecycleHookSpecification);

    /// <summary>Writes a hook in the DescribeLifecycleHooks shape, GlobalTimeout included.</summary>
    /// <param name="hook">The hook.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(LifecycleHook hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        return JsonSerializer.Serialize(LifecycleHookShape.From(hook), AutoScalingJsonContext.Default.LifecycleHookShape);
    }

    /// <summary>Writes hooks as a DescribeLifecycleHooks answer: <c>{"LifecycleHooks": [...]}</c>.</summary>
    /// <param name="hooks">The hooks.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeDescribeLifecycleHooksAnswer(IEnumerable<LifecycleHook> hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        var answer = new DescribeLifecycleHooksAnswerShape { LifecycleHooks = [.. hooks.Select(LifecycleHookShape.From)] };
        return JsonSerializer.Serialize(answer, AutoScalingJsonContext.Default.DescribeLifecycleHooksAnswerShape);
    }

    /// <summary>
    /// Reads PutLifecycleHook requests: one JSON object, or an array of them. Only JSON problems are
    /// reported; <see cref="ValidatePutLifecycleHookRequests"/> also applies the AWS rules.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The requests, or diagnostics with line and column.</returns>
    public static Result<IReadOnlyList<PutLifecycleHookRequest>> ReadPutLifecycleHookRequests(string json) =>
        ReadAll(json, AutoScalingJsonContext.Default.PutLifecycleHookRequest, Strict.PutLifecycleHookRequest, Strict.ListPutLifecycleHookRequest);

    /// <summary>Reads LifecycleHookSpecification objects: one, or an array of them.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The specifications, or diagnostics with line and column.</returns>
    public static Result<IReadOnlyList<LifecycleHookSpecification>> ReadLifecycleHookSpecifications(string json) =>
        ReadAll(json, AutoScalingJsonContext.Default.LifecycleHookSpecification, Strict.LifecycleHookSpecification, Strict.ListLifecycleHookSpecification);

    /// <summary>
    /// Reads described hooks: one LifecycleHook object, an array of them, or a whole DescribeLifecycleHooks
    /// answer (<c>{"LifecycleHooks": [...]}</c>). Each hook is checked with the AWS rules.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The hooks, or diagnostics with line and column.</returns>
    public static Result<IReadOnlyList<LifecycleHook>> ReadLifecycleHooks(string json)
    {
        var fast = JsonShapeReader.TryReadStrict(json, Strict.LifecycleHookShape, Strict.ListLifecycleHookShape, ReadDescribeAnswer);
        if (fast is not null && fast.TrueForAll(h => LifecycleHookShapeValidator.Instance.Validate(h).Errors.Count == 0))
        {
            return Result.Success<IReadOnlyList<LifecycleHook>>([.. fast.Select(h => h.ToHook())]);
        }

        var (items, diagnostics) = JsonShapeReader.Read(json, AutoScalingJsonContext.Default.LifecycleHookShape, "LifecycleHooks");
        foreach (var item in items)
        {
            diagnostics.AddRange(Locate(item, LifecycleHookShapeValidator.Instance.Validate(item.Value).ToDiagnostics()));
        }

        return Result.From<IReadOnlyList<LifecycleHook>>(diagnostics, () => [.. items.Select(i => i.Value.ToHook())]);
    }

    /// <summary>
    /// Reads PutLifecycleHook requests and checks each as AWS would to create it: every finding, from a JSON
    /// syntax error to a rule, with its line, column and member path (<c>[1].HeartbeatTimeout</c> in an array).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>Every finding, in document order; no error means every request is valid.</returns>
    public static IReadOnlyList<Diagnostic> ValidatePutLifecycleHookRequests(string json)
    {
        // Positions cost more than the rules: a document with nothing to report is read without them.
        var fast = JsonShapeReader.TryReadStrict(json, Strict.PutLifecycleHookRequest, Strict.ListPutLifecycleHookRequest);
        if (fast is not null && fast.TrueForAll(r => r.Validate().Count == 0))
        {
            return [];
        }

        var (items, diagnostics) = JsonShapeReader.Read(json, AutoScalingJsonContext.Default.PutLifecycleHookRequest);
        foreach (var item in items)
        {
            diagnostics.AddRange(Locate(item, item.Value.Validate()));
        }

        return [.. diagnostics.OrderBy(d => d.Span?.Line ?? 0).ThenBy(d => d.Span?.Column ?? 0)];
    }

    private static StrictAutoScalingJsonContext Strict => StrictAutoScalingJsonContext.Default;

    // A DescribeLifecycleHooks answer, or null for a single hook object (which then reads as one).
    private static List<LifecycleHookShape>? ReadDescribeAnswer(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var isAnswer = reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("LifecycleHooks");
        return isAnswer ? JsonSerializer.Deserialize(json, Strict.DescribeLifecycleHooksAnswerShape)?.LifecycleHooks : null;
    }

    private static Result<IReadOnlyList<T>> ReadAll<T>(string json, JsonTypeInfo<T> typeInfo, JsonTypeInfo<T> strict, JsonTypeInfo<List<T>> strictMany)
        where T : class
    {
        if (JsonShapeReader.TryReadStrict(json, strict, strictMany) is { } fast)
        {
            return Result.Success<IReadOnlyList<T>>(fast);
        }

        var (items, diagnostics) = JsonShapeReader.Read(json, typeInfo);
        return Result.From<IReadOnlyList<T>>(diagnostics, () => [.. items.Select(i => i.Value)]);
    }

    private static IEnumerable<Diagnostic> Locate<T>(JsonShapeItem<T> item, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(item.IsNew).Select(d => d.WithSpan(item.SpanOf(d.Path)).WithPathPrefix(item.PathPrefix));
}

using System.CommandLine;
using Lifecycle.Core.Schemas;

namespace Lifecycle.Cli.Commands;

/// <summary>
/// <c>lifecycle schema NAME</c> prints a JSON Schema (draft-07); <c>lifecycle schema --list</c> names them. The schemas
/// come from <see cref="JsonSchemas"/>, built from the validators' own rules.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var list = new Option<bool>("--list") { Description = "Name the schemas, one a line, instead of printing one." };
        var name = new Argument<string?>("NAME")
        {
            Description = "The schema to print: " + string.Join(", ", JsonSchemas.Names) + ".",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("schema", "Print the JSON Schema of an AppSpec, a PutLifecycleHook request, a scenario or the tool's JSON output.") { list, name };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var io = parsed.InvocationConfiguration;
            var wanted = parsed.GetValue(name);
            if (parsed.GetValue(list) && wanted is null)
            {
                await io.Output.WriteAsync(string.Concat(JsonSchemas.Names.Select(n => n + "\n"))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (wanted is not null && !parsed.GetValue(list) && JsonSchemas.TryGet(wanted, out var schema))
            {
                await io.Output.WriteAsync(schema).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var problem = wanted is null ? "name a schema, or give --list" : parsed.GetValue(list) ? "give a NAME or --list, not both" : $"there is no schema named \"{wanted}\"";
            await io.Error.WriteLineAsync($"lifecycle: {problem}. The schemas are: {string.Join(", ", JsonSchemas.Names)}.").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        });
        return command;
    }
}

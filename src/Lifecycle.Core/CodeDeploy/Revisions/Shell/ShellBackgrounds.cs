namespace Lifecycle.Core.CodeDeploy.Revisions.Shell;

/// <summary>A command a script starts in the background while its output still goes to the agent's pipes.</summary>
/// <param name="Line">The 1-based line of the command's first word.</param>
/// <param name="Column">The 1-based column of the command's first word.</param>
/// <param name="Command">The command as written, up to the <c>&amp;</c>.</param>
/// <param name="Stdout">True when its standard output still goes to the agent.</param>
/// <param name="Stderr">True when its standard error still goes to the agent.</param>
internal sealed record HeldOutput(int Line, int Column, string Command, bool Stdout, bool Stderr);

/// <summary>
/// Finds the commands a shell script starts in the background (<c>cmd &amp;</c>) whose standard output or error is
/// still the pipe the agent reads (reference §4.6): the agent waits for both pipes to close, so such a command
/// holds the deployment until the script's timeout, which then fails it. Redirections count wherever they apply:
/// on the command, on a group or subshell around it, or on the whole script (<c>exec &gt;log 2&gt;&amp;1</c>).
/// <c>nohup</c>, <c>setsid</c> and <c>disown</c> change nothing here: none of them closes the pipes.
/// </summary>
internal static class ShellBackgrounds
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "(", "{", "if", "while", "until", "for", "case", "select" };
    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal) { ")", "}", "fi", "done", "esac" };
    private static readonly HashSet<string> ListStarters = new(StringComparer.Ordinal) { "then", "do", "else", "elif", "!", "time", FunctionHeader };

    // "name()" and "function name", read as one word that starts a list, so the body's "{" opens a group.
    private const string FunctionHeader = "()";

    public static IReadOnlyList<HeldOutput> Find(string script)
    {
        var tokens = WithFunctionHeaders(ShellTokenizer.Tokenize(script));
        var closing = MatchGroups(tokens);
        var found = new List<HeldOutput>();
        var scriptOutput = Output.Agent;
        var frames = new Stack<Frame>();
        var frame = new Frame(-1, tokens.Count, Output.Agent);

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var inherited = frames.Count == 0 ? scriptOutput : frame.Output;
            if ((t.Kind == ShellTokenKind.Word && frame.AtCommandStart && Openers.Contains(t.Text)) || t.IsOperator("("))
            {
                // A group inherits what the redirections after its closing word say, on top of what encloses it.
                var close = closing.GetValueOrDefault(i, tokens.Count);
                frames.Push(frame);
                frame = new Frame(i, close, Apply(TrailingRedirections(tokens, close), inherited));
                continue;
            }

            if (i == frame.Close)
            {
                // The group ends: in the frame around it, the group is one command (its redirections were applied).
                var inner = frame;
                End(inner, null, script, found, inner.Output);
                frame = frames.Pop();
                frame.Command.Group = (tokens[inner.Open].Start, tokens[inner.Open].Line, tokens[inner.Open].Column, inner.LastHeld);
                frame.AtCommandStart = false;
                i = SkipRedirections(tokens, i);
                continue;
            }

            if (t.Kind == ShellTokenKind.Word && frame.AtCommandStart && ListStarters.Contains(t.Text))
            {
                continue;
            }

            if (t.Kind is ShellTokenKind.Word or ShellTokenKind.Redirection)
            {
                frame.Command.Tokens.Add(t);
                frame.AtCommandStart &= t.Kind == ShellTokenKind.Redirection;
                continue;
            }

            // A control operator or the end of a line ends the command.
            if (frame.Command.IsEmpty is false)
            {
                frame.Command.PipesStderr = t.IsOperator("|&");
                if (frames.Count == 0 && IsScriptWideExec(frame.Command))
                {
                    scriptOutput = Apply(frame.Command.Tokens, scriptOutput);
                }

                frame.Pipeline.Add(frame.Command);
            }

            frame.Command = new Command();
            frame.AtCommandStart = true;
            if (t.Text is "|" or "|&")
            {
                continue;
            }

            if (t.Text is "&&" or "||")
            {
                // Only the last pipeline of an and-or list is taken to outlive the list (see docs/appspec-rules.md).
                frame.Pipeline.Clear();
                continue;
            }

            End(frame, t, script, found, inherited);
        }

        while (true)
        {
            End(frame, null, script, found, frames.Count == 0 ? scriptOutput : frame.Output);
            if (frames.Count == 0)
            {
                return found;
            }

            frame = frames.Pop();
        }
    }

    private static List<ShellToken> WithFunctionHeaders(IReadOnlyList<ShellToken> tokens)
    {
        var result = new List<ShellToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == ShellTokenKind.Word && i + 2 < tokens.Count && tokens[i + 1].IsOperator("(") && tokens[i + 2].IsOperator(")"))
            {
                result.Add(t with { Text = FunctionHeader, End = tokens[i + 2].End });
                i += 2;
            }
            else if (t.IsWord("function") && i + 1 < tokens.Count && tokens[i + 1].Kind == ShellTokenKind.Word)
            {
                var skip = i + 3 < tokens.Count && tokens[i + 2].IsOperator("(") && tokens[i + 3].IsOperator(")") ? 3 : 1;
                result.Add(t with { Text = FunctionHeader, End = tokens[i + skip].End });
                i += skip;
            }
            else
            {
                result.Add(t);
            }
        }

        return result;
    }

    // The pipeline before a separator: checked when the separator is "&"; otherwise what it leaves held is what the
    // frame leaves held, should the frame itself run in the background.
    private static void End(Frame frame, ShellToken? separator, string script, List<HeldOutput> found, Output inherited)
    {
        if (!frame.Command.IsEmpty)
        {
            frame.Pipeline.Add(frame.Command);
        }

        if (frame.Pipeline.Count > 0)
        {
            var held = Held(frame.Pipeline, inherited);
            if (separator is not null && separator.IsOperator("&"))
            {
                frame.LastHeld = (false, false);
                if (held.Stdout || held.Stderr)
                {
                    var first = frame.Pipeline[0];
                    var (start, line, column) = first.Group is { } g ? (g.Start, g.Line, g.Column) : (first.Tokens[0].Start, first.Tokens[0].Line, first.Tokens[0].Column);
                    found.Add(new HeldOutput(line, column, OneLine(script[start..separator.End]), held.Stdout, held.Stderr));
                }
            }
            else
            {
                frame.LastHeld = held;
            }
        }

        frame.Pipeline.Clear();
        frame.Command = new Command();
    }

    // Which of the agent's streams a pipeline keeps: the last command's stdout, and every command's stderr that is not
    // piped on. A group keeps what its own last pipeline kept (the shell runs that last command in the group's place).
    private static (bool Stdout, bool Stderr) Held(List<Command> pipeline, Output inherited)
    {
        var (stdout, stderr) = (false, false);
        for (var n = 0; n < pipeline.Count; n++)
        {
            var c = pipeline[n];
            var last = n == pipeline.Count - 1;

            // A command that is not the last writes its stdout into the pipe to the next before its own redirections apply.
            var start = last ? inherited : inherited with { Stdout = Target.Elsewhere };
            var (heldOut, heldErr) = c.Group is { } g ? g.Held : Apply(c.Tokens, start) is var o ? (o.Stdout == Target.Agent, o.Stderr == Target.Agent) : default;
            stdout |= last && heldOut;
            stderr |= !c.PipesStderr && heldErr;
        }

        return (stdout, stderr);
    }

    // Where each descriptor goes after a command's redirections, starting from what it inherits.
    private static Output Apply(IEnumerable<ShellToken> tokens, Output output)
    {
        foreach (var r in tokens.Where(t => t.Kind == ShellTokenKind.Redirection))
        {
            var fd = r.Descriptor ?? (r.Text[0] == '<' ? 0 : 1);
            switch (r.Text)
            {
                case "&>" or "&>>":
                    output = new Output(Target.Elsewhere, Target.Elsewhere);
                    break;
                case ">&" when r.Target is "1" or "2":
                    var source = r.Target == "1" ? output.Stdout : output.Stderr;
                    output = fd == 2 ? output with { Stderr = source } : fd == 1 ? output with { Stdout = source } : output;
                    break;
                case ">&" when r.Descriptor is null && r.Target is not "-":
                    output = new Output(Target.Elsewhere, Target.Elsewhere);
                    break;
                case ">" or ">>" or ">|" or ">&":
                    output = fd == 1 ? output with { Stdout = Target.Elsewhere } : fd == 2 ? output with { Stderr = Target.Elsewhere } : output;
                    break;
            }
        }

        return output;
    }

    // exec with redirections and no command changes the script's own descriptors from there on.
    private static bool IsScriptWideExec(Command command) =>
        command.Group is null && command.Tokens.Count > 1 && command.Tokens[0].IsWord("exec")
        && command.Tokens.Skip(1).All(t => t.Kind == ShellTokenKind.Redirection);

    private static IEnumerable<ShellToken> TrailingRedirections(List<ShellToken> tokens, int close)
    {
        for (var i = close + 1; i < tokens.Count && tokens[i].Kind == ShellTokenKind.Redirection; i++)
        {
            yield return tokens[i];
        }
    }

    private static int SkipRedirections(List<ShellToken> tokens, int close)
    {
        var i = close;
        while (i + 1 < tokens.Count && tokens[i + 1].Kind == ShellTokenKind.Redirection)
        {
            i++;
        }

        return i;
    }

    // The closing token of each group opener, found with a stack; inside case, ")" ends a pattern, not a group.
    private static Dictionary<int, int> MatchGroups(List<ShellToken> tokens)
    {
        var closing = new Dictionary<int, int>();
        var open = new Stack<(int Index, string Text)>();
        var atCommandStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var inCase = open.Count > 0 && open.Peek().Text == "case";
            if ((t.Kind == ShellTokenKind.Word && atCommandStart && Openers.Contains(t.Text)) || (t.IsOperator("(") && !inCase))
            {
                open.Push((i, t.Text));
            }
            else if (((t.Kind == ShellTokenKind.Word && atCommandStart) || t.IsOperator(")")) && Closers.Contains(t.Text) && !(inCase && t.Text == ")")
                && open.Count > 0 && Matches(open.Peek().Text, t.Text))
            {
                closing[open.Pop().Index] = i;
            }

            atCommandStart = t.Kind is ShellTokenKind.Newline || (t.Kind == ShellTokenKind.Operator && t.Text is not ")")
                || (t.Kind == ShellTokenKind.Word && (ListStarters.Contains(t.Text) || Openers.Contains(t.Text) || Closers.Contains(t.Text) || t.Text == "in" && inCase))
                || (inCase && t.IsOperator(")"));
        }

        return closing;
    }

    private static bool Matches(string opener, string closer) => (opener, closer) switch
    {
        ("(", ")") or ("{", "}") or ("if", "fi") or ("case", "esac") => true,
        ("while" or "until" or "for" or "select", "done") => true,
        _ => false,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "\\"));

    private enum Target
    {
        Agent,
        Elsewhere,
    }

    private readonly record struct Output(Target Stdout, Target Stderr)
    {
        public static Output Agent => new(Target.Agent, Target.Agent);
    }

    private sealed class Command
    {
        public List<ShellToken> Tokens { get; } = [];

        public (int Start, int Line, int Column, (bool Stdout, bool Stderr) Held)? Group { get; set; }

        public bool PipesStderr { get; set; }

        public bool IsEmpty => Tokens.Count == 0 && Group is null;
    }

    // A group being read (the whole script is the outermost): its pipeline so far and what it inherits.
    private sealed class Frame(int open, int close, Output output)
    {
        public int Open { get; } = open;

        public int Close { get; } = close;

        public Output Output { get; } = output;

        public List<Command> Pipeline { get; } = [];

        public Command Command { get; set; } = new();

        public bool AtCommandStart { get; set; } = true;

        // What the frame's last pipeline left on the agent's pipes: what the frame holds if it runs in the background.
        public (bool Stdout, bool Stderr) LastHeld { get; set; }
    }
}

using System.Text;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Revisions.Shell;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.CodeDeploy.Revisions;

/// <summary>
/// What a hook script's own bytes say about how it will start on the instance (reference §4.3, §4.4, §4.6): the #!
/// line, whether it is a native executable, and, for shell scripts, the commands it leaves running in the
/// background with the agent's pipes open. The agent makes every script executable itself, so the file's mode is
/// not checked.
/// </summary>
internal static class ScriptChecks
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ksh", "zsh", "ash", "mksh" };
    private static readonly string[] WindowsRunnable = [".ps1", ".bat", ".cmd", ".exe", ".com"];

    /// <param name="location">The script's location as the AppSpec writes it.</param>
    /// <param name="script">The script's entry, with its first bytes.</param>
    /// <param name="os">The AppSpec's os.</param>
    /// <param name="timeout">The script's timeout, for the message on a held pipe.</param>
    public static List<Diagnostic> Check(string location, RevisionEntry script, string os, ScriptTimeout timeout)
    {
        var found = new List<Diagnostic>();
        var bytes = script.Content.Span;
        if (os == "windows")
        {
            CheckWindows(script, bytes, found);
            return found;
        }

        if (bytes.StartsWith("\u007fELF"u8) || bytes.IsEmpty)
        {
            return found;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var firstLine = text.AsSpan(0, text.IndexOf('\n') is var nl and >= 0 ? nl : text.Length);
        string? interpreter = null;
        if (firstLine.StartsWith("#!"))
        {
            interpreter = CheckShebang(location, firstLine, found);
        }
        else
        {
            found.Add(new Diagnostic(AppSpecDiagnosticCodes.NoShebang, DiagnosticSeverity.Warning,
                $"{location} has no #! line, so Linux cannot start it directly; the agent then runs it with /bin/sh (dash on Ubuntu and Debian, not bash), or with runas the user's login shell. Make the first line #!/bin/bash (or the interpreter it is written for).",
                string.Empty, SourceSpan.At(1, 1)));
        }

        var isShell = interpreter is null || Shells.Contains(interpreter);
        if (isShell && script.Length <= RevisionChecker.MaxScriptBytes)
        {
            foreach (var held in ShellBackgrounds.Find(text))
            {
                found.Add(HeldOutputFinding(held, timeout));
            }
        }

        return found;
    }

    // The #! line: a carriage return at its end, and an interpreter that Linux can start. Gives the interpreter's
    // name (bash of /bin/bash, python3 of /usr/bin/env python3), or null when the line names none.
    private static string? CheckShebang(string location, ReadOnlySpan<char> line, List<Diagnostic> found)
    {
        if (line.EndsWith("\r"))
        {
            var written = line[2..^1].Trim().ToString();
            found.Add(new Diagnostic(AppSpecDiagnosticCodes.ShebangCarriageReturn, DiagnosticSeverity.Error,
                $"The #! line ends in a carriage return: the file has Windows (CRLF) line endings, so the system looks for an interpreter named \"{written}\\r\", which does not exist, and {location} fails to start (\"bad interpreter: No such file or directory\"). Save it with Unix (LF) line endings: dos2unix {location}, or \"*.sh text eol=lf\" in .gitattributes.",
                string.Empty, new SourceSpan(1, line.Length, 1, line.Length + 1)));
            line = line[..^1];
        }

        var words = line[2..].ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var program = words[0];
        if (program.Contains('\\') || (program.Length > 1 && program[1] == ':') || program.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new Diagnostic(AppSpecDiagnosticCodes.InterpreterNotForOs, DiagnosticSeverity.Warning,
                $"The #! line names {program}, a Windows program, but the AppSpec's os is linux: the script fails to start. Name a Linux interpreter, such as #!/bin/bash.",
                string.Empty, new SourceSpan(1, 3, 1, 3 + program.Length)));
            return null;
        }

        if (!program.StartsWith('/'))
        {
            found.Add(new Diagnostic(AppSpecDiagnosticCodes.InterpreterNotForOs, DiagnosticSeverity.Warning,
                $"The #! line names {program}, which is not an absolute path: Linux does not look interpreters up on PATH, so the script fails to start. Write #!/usr/bin/env {program} or the full path, such as #!/bin/{program}.",
                string.Empty, new SourceSpan(1, 3, 1, 3 + program.Length)));
            return null;
        }

        var name = program[(program.LastIndexOf('/') + 1)..];
        return name == "env" ? words.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) : name;
    }

    // On Windows the agent runs .ps1 files with PowerShell and every other file directly; Windows reads no #! line.
    private static void CheckWindows(RevisionEntry script, ReadOnlySpan<byte> bytes, List<Diagnostic> found)
    {
        var name = RevisionPath.FileName(script.Path);
        if (WindowsRunnable.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || bytes.StartsWith("MZ"u8))
        {
            return;
        }

        var shebang = bytes.StartsWith("#!"u8) ? " Its #! line is not read on Windows." : string.Empty;
        found.Add(new Diagnostic(AppSpecDiagnosticCodes.InterpreterNotForOs, DiagnosticSeverity.Warning,
            $"{name} is neither a PowerShell script (.ps1), a batch file (.bat, .cmd) nor a program (.exe), and the AppSpec's os is windows: the agent runs it directly, which Windows cannot do.{shebang} Write it as a .ps1 script.",
            string.Empty, SourceSpan.At(1, 1)));
    }

    private static Diagnostic HeldOutputFinding(HeldOutput held, ScriptTimeout timeout)
    {
        var streams = held.Stdout && held.Stderr ? "stdout and stderr" : held.Stdout ? "stdout" : "stderr";
        var fix = held.Stdout && held.Stderr ? "> /var/log/app.log 2>&1 < /dev/null" : held.Stdout ? "> /var/log/app.log" : "2> /var/log/app-errors.log";
        var command = held.Command.Length > 80 ? held.Command[..77] + "..." : held.Command;
        return new Diagnostic(AppSpecDiagnosticCodes.BackgroundHoldsOutput, DiagnosticSeverity.Warning,
            $"\"{command}\" runs in the background with its {streams} still on the agent's pipe, and the agent waits for that pipe to close: the script \"failed to close {(held.Stdout ? "STDOUT" : "STDERR")}\" after its timeout of {timeout.Seconds} seconds, and the deployment fails. Redirect it before the &, such as: {fix} &",
            string.Empty, SourceSpan.At(held.Line, held.Column));
    }
}

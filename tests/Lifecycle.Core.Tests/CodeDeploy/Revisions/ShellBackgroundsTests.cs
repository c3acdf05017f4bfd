using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.CodeDeploy.Revisions.Shell;

namespace Lifecycle.Core.Tests.CodeDeploy.Revisions;

/// <summary>
/// Background commands that keep the agent's pipes open (reference §4.6, agent issues #118 and #26), in the forms
/// scripts really use, and the redirected forms that must not be flagged.
/// </summary>
public class ShellBackgroundsTests
{
    [Theory]
    [InlineData("java -jar app.jar &", true, true)]
    [InlineData("nohup java -jar app.jar &", true, true)]
    [InlineData("setsid ./server &", true, true)]
    [InlineData("./server > /var/log/server.log &", false, true)]
    [InlineData("./server 2> /var/log/err.log &", true, false)]
    [InlineData("./server 2>&1 > /var/log/server.log &", false, true)]
    [InlineData("( ./server & )", true, true)]
    [InlineData("( ./server > log 2>&1 ) &", false, false)]
    [InlineData("{ ./server > log 2>&1; } &", false, false)]
    [InlineData("( ./server ) > log &", false, true)]
    [InlineData("./server &\ndisown", true, true)]
    [InlineData("node app.js | tee app.log &", true, true)]
    [InlineData("node app.js 2>&1 | logger &", true, true)]
    [InlineData("node app.js |& logger &", true, true)]
    [InlineData("node app.js 2>&1 | logger > /dev/null 2>&1 &", false, false)]
    [InlineData("cd /app && ./server &", true, true)]
    [InlineData("if true; then ./server & fi", true, true)]
    [InlineData("start() {\n  ./server &\n}\nstart", true, true)]
    public void Find_ABackgroundCommand_SaysWhichStreamsAreHeld(string script, bool stdout, bool stderr)
    {
        var found = ShellBackgrounds.Find(script);

        if (!stdout && !stderr)
        {
            Assert.Empty(found);
            return;
        }

        var held = Assert.Single(found);
        Assert.Equal((stdout, stderr), (held.Stdout, held.Stderr));
    }

    [Theory]
    [InlineData("./server > /var/log/server.log 2>&1 &")]
    [InlineData("./server &> /var/log/server.log &")]
    [InlineData("./server &>> /var/log/server.log &")]
    [InlineData("./server >/dev/null 2>&1 </dev/null &")]
    [InlineData("./server > /dev/null 2> /dev/null < /dev/null &")]
    [InlineData("nohup ./server > app.out 2>&1 &")]
    [InlineData("setsid ./server >/dev/null 2>&1 < /dev/null &")]
    [InlineData("./server >& /var/log/server.log &")]
    [InlineData("./server 1>log 2>errors &")]
    [InlineData("./server \\\n  > /var/log/server.log \\\n  2>&1 &")]
    [InlineData("exec > /var/log/deploy.log 2>&1\n./server &")]
    [InlineData("{\n  ./server &\n} > /var/log/server.log 2>&1")]
    [InlineData("while read x; do ./worker \"$x\" & done < list > log 2>&1")]
    [InlineData("cd /app && ./server > log 2>&1 &")]
    [InlineData("systemctl start myapp")]
    [InlineData("service nginx start")]
    [InlineData("make && make install")]
    [InlineData("test -f x && echo yes")]
    [InlineData("# ./server &\necho done")]
    [InlineData("echo '&' \"&\" \\& x&&y")]
    [InlineData("echo \"./server &\"")]
    [InlineData("cat <<EOF\n./server &\nEOF\necho after")]
    [InlineData("cat <<-'END'\n\t./server &\n\tEND\n")]
    [InlineData("x=$(./server &)")]
    [InlineData("case $1 in\n  start) ./server > log 2>&1 & ;;\n  stop) kill $(cat pid) ;;\nesac")]
    [InlineData("pid=$!; wait $pid")]
    [InlineData("[[ -n $x ]] && exit 0")]
    public void Find_RedirectedOrNotBackgrounded_IsNotFlagged(string script)
    {
        Assert.Empty(ShellBackgrounds.Find(script));
    }

    [Fact]
    public void Find_GivesTheLineAndColumnOfTheCommand_AndItsText()
    {
        var held = Assert.Single(ShellBackgrounds.Find("#!/bin/bash\nset -e\ncd /srv/app\n    nohup python3 -m http.server 8080 &\necho started\n"));

        Assert.Equal((4, 5), (held.Line, held.Column));
        Assert.Equal("nohup python3 -m http.server 8080 &", held.Command);
    }

    [Fact]
    public void Find_CaseBranches_AreEachChecked()
    {
        var found = ShellBackgrounds.Find("case \"$1\" in\n  start)\n    ./server &\n    ;;\n  other) ./other > log 2>&1 & ;;\nesac\n");

        Assert.Equal(3, Assert.Single(found).Line);
    }

    [Theory]
    [InlineData("\"unterminated &")]
    [InlineData("$(((((")]
    [InlineData("cat <<EOF\nno end")]
    [InlineData(")))) }}} fi done esac &")]
    [InlineData("&&&&||;;;")]
    [InlineData("?(\\")]
    [InlineData("$(\\")]
    [InlineData("\"\\")]
    [InlineData("`\\")]
    public void Find_TextThatIsNotAScript_NeverThrows(string script)
    {
        var found = ShellBackgrounds.Find(script);

        Assert.NotNull(found);
    }

    [Property]
    public bool Property_AnyText_IsScannedWithoutThrowing(string text) => ShellBackgrounds.Find(text ?? string.Empty) is not null;

    // Text made of the shell's own punctuation reaches every branch of the tokenizer far more often than any text does.
    public static Arbitrary<string> ShellText() =>
        Gen.Elements("a", " ", ";", "&", "|", "(", ")", "<", ">", "\"", "'", "`", "$", "\\", "{", "}", "#", "\n", "\r", "!", "=", "2", "<<", "EOF", "do", "done", "case", "in", "esac", "if", "fi")
            .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(Arbitrary = [typeof(ShellBackgroundsTests)])]
    public bool Property_ShellPunctuationInAnyOrder_IsScannedWithoutThrowing_AndFindingsAreInTheText(string text)
    {
        var lines = text.Split('\n').Length;
        return ShellBackgrounds.Find(text).All(h => h.Line >= 1 && h.Line <= lines && h.Column >= 1 && h.Command.Length > 0);
    }

    [Property]
    public bool Property_ACommandWithBothStreamsRedirected_IsNeverFlagged(FsCheck.NonEmptyString name, bool append)
    {
        var word = new string(name.Get.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (word.Length == 0)
        {
            return true;
        }

        var script = $"./{word} {(append ? ">>" : ">")} /tmp/{word}.log 2>&1 &\n./{word} &> /dev/null &";
        return ShellBackgrounds.Find(script).Count == 0;
    }
}

namespace Wharf.Installer.Tests.Support;

/// <summary>
/// A stand-in <c>helm</c> executable (the real one is not installable here, TESTING.md): a shell script
/// that records its arguments one per line, copies the <c>--values</c> file, and prints a canned output.
/// </summary>
internal sealed class FakeHelm
{
    private FakeHelm(string directory)
    {
        Directory = directory;
    }

    /// <summary>The directory holding <c>helm</c>: put it on PATH.</summary>
    public string Directory { get; }

    public string ArgumentsFile => Path.Combine(Directory, "args.txt");

    public string ValuesCopy => Path.Combine(Directory, "values-seen.yaml");

    public IReadOnlyList<string> Arguments => File.ReadAllLines(ArgumentsFile);

    public static FakeHelm Create(string directory, string outputFile, int exitCode = 0)
    {
        System.IO.Directory.CreateDirectory(directory);
        var helm = new FakeHelm(directory);
        var script = $"""
            #!/bin/sh
            : > '{helm.ArgumentsFile}'
            prev=''
            for a in "$@"; do
              printf '%s\n' "$a" >> '{helm.ArgumentsFile}'
              if [ "$prev" = "--values" ]; then cp "$a" '{helm.ValuesCopy}'; fi
              prev="$a"
            done
            cat '{outputFile}'
            if [ {exitCode} -ne 0 ]; then echo 'Error: chart is broken' >&2; fi
            exit {exitCode}

            """;
        var path = Path.Combine(directory, "helm");
        File.WriteAllText(path, script.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return helm;
    }
}

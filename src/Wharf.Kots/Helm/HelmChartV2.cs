using System.Text.RegularExpressions;
using Wharf.Kots.Yaml;

namespace Wharf.Kots.Helm;

/// <summary>
/// A rendered <c>kots.io/v1beta2</c> HelmChart (SPEC §3.5): the chart to find, the release name (a directory
/// name under <c>helm/</c>, so it must be a valid Helm release name), <c>values</c> and <c>optionalValues</c>.
/// </summary>
internal sealed partial record HelmChartV2(
    string ChartName,
    string? ChartVersion,
    string ReleaseName,
    string? Namespace,
    bool Exclude,
    YMap Values,
    IReadOnlyList<OptionalValues> Optional)
{
    /// <summary>Reads the rendered document; errors are <c>file:line:col: message</c>.</summary>
    public static HelmChartV2? Read(YMap root, string file, out string? error)
    {
        string At(YNode node) => $"{file}:{node.Line}:{node.Column}";
        error = null;
        if (root.Get("spec") is not YMap spec)
        {
            error = $"{At(root)}: HelmChart needs a spec mapping";
            return null;
        }

        var chart = spec.Get("chart") as YMap;
        var name = chart?.GetText("name");
        if (chart is null || string.IsNullOrWhiteSpace(name))
        {
            error = $"{At(spec)}: HelmChart needs spec.chart.name";
            return null;
        }

        var releaseName = spec.GetText("releaseName") is { Length: > 0 } r ? r : name;
        if (releaseName.Length > 53 || !ReleaseNamePattern().IsMatch(releaseName))
        {
            error = $"{At(spec.Get("releaseName") ?? chart)}: \"{releaseName}\" is not a valid Helm release name (lower-case letters, digits, '-' and '.', at most 53)";
            return null;
        }

        if (!TryMap(spec, "values", "spec.values", At, out var values, out error)
            || !TryBool(spec, "exclude", "spec.exclude", At, defaultValue: false, out var exclude, out error)
            || !TryOptional(spec, At, out var optional, out error))
        {
            return null;
        }

        var version = chart.GetText("chartVersion");
        return new HelmChartV2(name, string.IsNullOrEmpty(version) ? null : version, releaseName, spec.GetText("namespace"), exclude, values, optional);
    }

    private static bool TryOptional(YMap spec, Func<YNode, string> at, out IReadOnlyList<OptionalValues> optional, out string? error)
    {
        var list = new List<OptionalValues>();
        optional = list;
        error = null;
        switch (spec.Get("optionalValues"))
        {
            case null or YScalar { IsNull: true }:
                return true;
            case YSeq seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var where = $"spec.optionalValues[{i}]";
                    if (seq.Items[i] is not YMap entry)
                    {
                        error = $"{at(seq.Items[i])}: {where} must be a mapping with when and values";
                        return false;
                    }

                    if (entry.Get("when") is not YScalar { IsNull: false } when || GoBool.Parse(when.Text) is not { } applies)
                    {
                        var shown = entry.Get("when") is YScalar { IsNull: false } s ? $"\"{s.Text}\"" : "missing";
                        error = $"{at(entry.Get("when") ?? entry)}: {where}.when is {shown}, not a boolean (true or false)";
                        return false;
                    }

                    if (!TryBool(entry, "recursiveMerge", where + ".recursiveMerge", at, defaultValue: false, out var recursive, out error)
                        || !TryMap(entry, "values", where + ".values", at, out var values, out error))
                    {
                        return false;
                    }

                    list.Add(new OptionalValues(applies, recursive, values));
                }

                return true;
            case var other:
                error = $"{at(other)}: spec.optionalValues must be a sequence, not {other.Describe()}";
                return false;
        }
    }

    private static bool TryMap(YMap parent, string key, string what, Func<YNode, string> at, out YMap map, out string? error)
    {
        error = null;
        switch (parent.Get(key))
        {
            case null or YScalar { IsNull: true }:
                map = new YMap();
                return true;
            case YMap found:
                map = found;
                return true;
            case var other:
                map = new YMap();
                error = $"{at(other)}: {what} must be a mapping, not {other.Describe()}";
                return false;
        }
    }

    private static bool TryBool(YMap parent, string key, string what, Func<YNode, string> at, bool defaultValue, out bool value, out string? error)
    {
        error = null;
        value = defaultValue;
        switch (parent.Get(key))
        {
            case null or YScalar { IsNull: true } or YScalar { Text.Length: 0 }:
                return true;
            case YScalar scalar when GoBool.Parse(scalar.Text) is { } parsed:
                value = parsed;
                return true;
            case var other:
                error = $"{at(other)}: {what} is {(other is YScalar s ? $"\"{s.Text}\"" : other.Describe())}, not a boolean (true or false)";
                return false;
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseNamePattern();
}

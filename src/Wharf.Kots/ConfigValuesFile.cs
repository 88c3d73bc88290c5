using System.Diagnostics.CodeAnalysis;
using Wharf.Kots.Yaml;

namespace Wharf.Kots;

/// <summary>
/// Reads a <c>kots.io/v1beta1</c> ConfigValues document (what <c>kots download</c> writes and
/// <c>--config-values</c> takes): <c>spec.values.NAME.{value, default, valuePlaintext, filename}</c>.
/// </summary>
public static class ConfigValuesFile
{
    /// <summary>Largest file accepted (file items are base64 inside it).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Parses the document; false with a located one-line error.</summary>
    public static bool TryRead(string text, string fileName, [NotNullWhen(true)] out IReadOnlyDictionary<string, ConfigValue>? values, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        values = null;
        if (!YamlReader.TryRead(text, fileName, out var documents, out error))
        {
            return false;
        }

        var roots = documents.Where(d => d.Root is not null).ToList();
        if (roots.Count != 1 || roots[0].Root is not YMap root
            || root.GetText("apiVersion") != "kots.io/v1beta1" || root.GetText("kind") != "ConfigValues")
        {
            error = $"{fileName}: not a kots.io/v1beta1 ConfigValues document";
            return false;
        }

        var result = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        var items = (root.Get("spec") as YMap)?.Get("values");
        if (items is YMap map)
        {
            foreach (var (name, node) in map.Entries)
            {
                if (node is not YMap item)
                {
                    if (node is YScalar { IsNull: true })
                    {
                        continue;
                    }

                    error = $"{fileName}:{node.Line}:{node.Column}: spec.values.{name} must be a mapping with value/default, not {node.Describe()}";
                    return false;
                }

                result[name] = new ConfigValue(Text(item, "value"), Text(item, "default"), Text(item, "valuePlaintext"), Text(item, "filename"));
            }
        }
        else if (items is not null and not YScalar { IsNull: true })
        {
            error = $"{fileName}:{items.Line}:{items.Column}: spec.values must be a mapping";
            return false;
        }

        values = result;
        return true;
    }

    private static string? Text(YMap item, string key) => item.Get(key) is YScalar { IsNull: false } s ? s.Text : null;
}

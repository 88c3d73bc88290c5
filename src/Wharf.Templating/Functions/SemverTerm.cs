namespace Wharf.Templating.Functions;

/// <summary>
/// One operator and version of a <see cref="SemverConstraint"/>. A version with wildcards or
/// missing parts is "dirty": <c>1.2</c> and <c>1.2.x</c> stand for 1.2.0 with a free patch.
/// </summary>
internal sealed class SemverTerm
{
    private readonly string _op;
    private readonly SemVersion _version;
    private readonly bool _dirty;
    private readonly bool _minorDirty;
    private readonly bool _patchDirty;

    private SemverTerm(string op, SemVersion version, bool dirty, bool minorDirty, bool patchDirty) =>
        (_op, _version, _dirty, _minorDirty, _patchDirty) = (op, version, dirty, minorDirty, patchDirty);

    /// <summary>semver's <c>parseConstraint</c>.</summary>
    public static SemverTerm? TryParse(string text, out string error)
    {
        error = "";
        if (text.Length == 0)
        {
            return new SemverTerm("", SemVersion.TryParse("0.0.0", out _)!, dirty: true, minorDirty: false, patchDirty: false);
        }

        var m = SemverConstraint.TermPattern().Match(text);
        if (!m.Success)
        {
            error = "improper constraint: " + text;
            return null;
        }

        string major = m.Groups[3].Value, minor = m.Groups[4].Value, patch = m.Groups[5].Value, pre = m.Groups[6].Value;
        var (version, dirty, minorDirty, patchDirty) = (m.Groups[2].Value, false, false, false);
        if (IsX(major) || major.Length == 0)
        {
            (version, dirty) = ("0.0.0" + pre, true);
        }
        else if (IsX(minor.TrimStart('.')) || minor.Length == 0)
        {
            (version, dirty, minorDirty) = (major + ".0.0" + pre, true, true);
        }
        else if (IsX(patch.TrimStart('.')) || patch.Length == 0)
        {
            (version, dirty, patchDirty) = (major + minor + ".0" + pre, true, true);
        }

        var parsed = SemVersion.TryParse(version, out _);
        if (parsed is null)
        {
            error = "constraint Parser Error";
            return null;
        }

        return new SemverTerm(m.Groups[1].Value, parsed, dirty, minorDirty, patchDirty);
    }

    public bool Check(SemVersion v)
    {
        // Every operator refuses a prerelease version unless the constraint names a prerelease too
        // (semver skips this check for "!=" with a complete version).
        if (v.Prerelease.Length > 0 && _version.Prerelease.Length == 0 && !(_op == "!=" && !_dirty))
        {
            return false;
        }

        return _op switch
        {
            "" or "=" => _dirty ? Tilde(v) : v.CompareTo(_version) == 0,
            "!=" => NotEqual(v),
            ">" => GreaterThan(v),
            "<" => v.CompareTo(_version) < 0,
            ">=" or "=>" => v.CompareTo(_version) >= 0,
            "<=" or "=<" => LessOrEqual(v),
            "~" or "~>" => Tilde(v),
            _ => Caret(v),
        };
    }

    private static bool IsX(string s) => s is "x" or "X" or "*";

    private bool NotEqual(SemVersion v)
    {
        if (_dirty)
        {
            if (_version.Major != v.Major || (_version.Minor != v.Minor && !_minorDirty))
            {
                return true;
            }

            if (_minorDirty)
            {
                return false;
            }

            if (_version.Patch != v.Patch && !_patchDirty)
            {
                return true;
            }

            if (_patchDirty)
            {
                return v.Prerelease != _version.Prerelease;
            }
        }

        return v.CompareTo(_version) != 0;
    }

    private bool GreaterThan(SemVersion v)
    {
        if (!_dirty || v.Major != _version.Major)
        {
            return _dirty ? v.Major > _version.Major : v.CompareTo(_version) > 0;
        }

        if (_minorDirty)
        {
            return false;
        }

        return _patchDirty ? v.Minor > _version.Minor : v.CompareTo(_version) > 0;
    }

    private bool LessOrEqual(SemVersion v)
    {
        if (!_dirty)
        {
            return v.CompareTo(_version) <= 0;
        }

        return v.Major <= _version.Major && !(v.Major == _version.Major && v.Minor > _version.Minor && !_minorDirty);
    }

    private bool Tilde(SemVersion v)
    {
        if (v.CompareTo(_version) < 0)
        {
            return false;
        }

        if (_version.Major == 0 && _version.Minor == 0 && _version.Patch == 0 && !_minorDirty && !_patchDirty)
        {
            return true;
        }

        return v.Major == _version.Major && (v.Minor == _version.Minor || _minorDirty);
    }

    private bool Caret(SemVersion v)
    {
        if (v.CompareTo(_version) < 0)
        {
            return false;
        }

        if (_version.Major > 0 || _minorDirty)
        {
            return v.Major == _version.Major;
        }

        if (v.Major > 0)
        {
            return false;
        }

        if (_version.Minor > 0 || _patchDirty)
        {
            return v.Minor == _version.Minor;
        }

        return v.Minor <= 0 && v.Patch == _version.Patch;
    }
}

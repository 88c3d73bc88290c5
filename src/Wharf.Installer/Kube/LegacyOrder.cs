namespace Wharf.Installer.Kube;

/// <summary>
/// kustomize's default ("legacy") output order, so <c>rendered/</c> lists objects as
/// <c>kubectl kustomize</c> does: kinds of a fixed first list in that order, other kinds, kinds of a
/// fixed last list; then by <c>group_version_kind</c> (<c>~G</c> for the core group), then by
/// <c>namespace|name</c> (<c>~X</c> for no namespace). From kustomize's SortOrderTransformer.
/// </summary>
internal sealed class LegacyOrder : IComparer<KubeObject>
{
    public static readonly LegacyOrder Instance = new();

    private static readonly string[] First =
    [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
        "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet",
        "CronJob", "PodDisruptionBudget",
    ];

    private static readonly string[] Last = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

    public int Compare(KubeObject? x, KubeObject? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var gx = GvkString(x);
        var gy = GvkString(y);
        if (!string.Equals(gx, gy, StringComparison.Ordinal))
        {
            var ix = Rank(x.Kind);
            var iy = Rank(y.Kind);
            return ix != iy ? ix.CompareTo(iy) : string.CompareOrdinal(gx, gy);
        }

        return string.CompareOrdinal(NameString(x), NameString(y));
    }

    private static int Rank(string kind)
    {
        var first = Array.IndexOf(First, kind);
        if (first >= 0)
        {
            return first - First.Length;
        }

        var last = Array.IndexOf(Last, kind);
        return last >= 0 ? last + 1 : 0;
    }

    private static string GvkString(KubeObject o) =>
        string.Join('_', o.Group.Length == 0 ? "~G" : o.Group, o.Version.Length == 0 ? "~V" : o.Version, o.Kind);

    private static string NameString(KubeObject o) =>
        string.Concat(string.IsNullOrEmpty(o.Namespace) ? "~X" : o.Namespace, "|", o.Name);
}

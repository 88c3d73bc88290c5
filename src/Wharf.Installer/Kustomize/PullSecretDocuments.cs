using System.Text;
using Wharf.Installer.Rendering;
using Wharf.Installer.Yaml;
using Wharf.Kots;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// <c>secret.yaml</c> (SPEC §3.4): one <c>kubernetes.io/dockerconfigjson</c> Secret named
/// <c>APP_SLUG-registry</c> in the app namespace and one in each additional namespace, created before
/// everything else (KOTS creation phase and Helm hook weight -9999). Its <c>.dockerconfigjson</c> is the
/// one <see cref="KotsPullSecrets"/> writes: the license for the proxy and registry hosts, or the local
/// registry's own credentials.
/// </summary>
internal static class PullSecretDocuments
{
    /// <param name="context">The installation: app slug, license, proxy and registry hosts, local registry.</param>
    /// <param name="appNamespace">The app namespace; null writes no namespace (the Secret lands where the manifests are applied).</param>
    /// <param name="additionalNamespaces">Namespaces from the Application, <c>*</c> and duplicates already removed.</param>
    public static List<YamlMap> Build(KotsContext context, string? appNamespace, IEnumerable<string> additionalNamespaces)
    {
        if (!KotsPullSecrets.TryImagePullSecretJson(context, out var json, out var error))
        {
            throw new RenderFailure("pull secret: " + error);
        }

        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        var secrets = new List<YamlMap> { Secret(context.PullSecretName, appNamespace, data) };
        secrets.AddRange(additionalNamespaces.Select(ns => Secret(context.PullSecretName, ns, data)));
        return secrets;
    }

    private static YamlMap Secret(string name, string? ns, string data)
    {
        var metadata = new YamlMap();
        metadata.Set("name", YamlScalar.String(name));
        if (ns is not null)
        {
            metadata.Set("namespace", YamlScalar.String(ns));
        }

        var annotations = new YamlMap();
        annotations.Set("kots.io/creation-phase", YamlScalar.String("-9999"));
        annotations.Set("helm.sh/hook", YamlScalar.String("pre-install,pre-upgrade"));
        annotations.Set("helm.sh/hook-weight", YamlScalar.String("-9999"));
        metadata.Set("annotations", annotations);

        var dataMap = new YamlMap();
        dataMap.Set(".dockerconfigjson", YamlScalar.String(data));

        var secret = new YamlMap();
        secret.Set("apiVersion", YamlScalar.String("v1"));
        secret.Set("kind", YamlScalar.String("Secret"));
        secret.Set("metadata", metadata);
        secret.Set("type", YamlScalar.String("kubernetes.io/dockerconfigjson"));
        secret.Set("data", dataMap);
        return secret;
    }
}

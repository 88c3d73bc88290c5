using System.Text;
using Wharf.Installer.Yaml;

namespace Wharf.Installer.Kustomize;

/// <summary>
/// <c>secret.yaml</c> (SPEC §3.4): one <c>kubernetes.io/dockerconfigjson</c> Secret named
/// <c>APP_SLUG-registry</c> in the app namespace and one in each additional namespace, created before
/// everything else (KOTS creation phase and Helm hook weight -9999).
/// </summary>
internal static class PullSecretDocuments
{
    /// <param name="settings">Proxy and registry hosts, app slug.</param>
    /// <param name="licenseId">The license ID.</param>
    /// <param name="appNamespace">The app namespace; null writes no namespace (the Secret lands where the manifests are applied).</param>
    /// <param name="additionalNamespaces">Namespaces from the Application, <c>*</c> and duplicates already removed.</param>
    public static List<YamlMap> Build(ProxySettings settings, string licenseId, string? appNamespace, IEnumerable<string> additionalNamespaces)
    {
        var json = DockerConfigJson.ForLicense(licenseId, settings.ProxyHost, settings.RegistryHost);
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        var secrets = new List<YamlMap> { Secret(settings.PullSecretName, appNamespace, data) };
        secrets.AddRange(additionalNamespaces.Select(ns => Secret(settings.PullSecretName, ns, data)));
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

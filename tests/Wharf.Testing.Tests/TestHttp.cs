using System.Net.Http.Headers;
using System.Text;

namespace Wharf.Testing.Tests;

/// <summary>A plain HTTP client for talking to the upstream directly (no proxy from the environment).</summary>
internal static class TestHttp
{
    public static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public static HttpRequestMessage Request(HttpMethod method, Uri uri, RegistryCredentials? credentials, params string[] accept)
    {
        var request = new HttpRequestMessage(method, uri);
        if (credentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.ColonPair)));
        }

        foreach (var mediaType in accept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        }

        return request;
    }
}

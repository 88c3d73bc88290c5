using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Wharf.Server.Admin;

namespace Wharf.Cli.Admin;

/// <summary>A thin client of the admin API; every non-success answer becomes a <see cref="CliException"/> with the server's message.</summary>
internal sealed class AdminClient(AdminConnection connection) : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri(connection.Server, "/api/v1/"),
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", connection.Token) },
    };

    public Task<T> GetAsync<T>(string path, CancellationToken ct) => SendAsync<T>(HttpMethod.Get, path, null, ct);

    public Task<T> PostAsync<T>(string path, object? body, CancellationToken ct) => SendAsync<T>(HttpMethod.Post, path, body, ct);

    public async Task<string> GetTextAsync(string path, CancellationToken ct)
    {
        using var response = await SendRawAsync(HttpMethod.Get, path, null, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var response = await SendRawAsync(method, path, body, ct);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var response = await SendRawAsync(method, path, body, ct);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new CliException("the server sent an empty answer");
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach the Wharf server at {connection.Server}: {e.Message}");
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var message = $"the server answered {(int)response.StatusCode}";
            try
            {
                if (await response.Content.ReadFromJsonAsync<ApiError>(Json, ct) is { Error: { Length: > 0 } error })
                {
                    message = error;
                }
            }
            catch (JsonException)
            {
            }

            throw new CliException(message);
        }
    }

    public void Dispose() => _http.Dispose();
}

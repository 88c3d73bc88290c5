using System.Net;
using System.Text.Json;

namespace Wharf.Server.Tests.Fixtures;

/// <summary>Asserts an OCI error answer: status and the <c>errors[0].code</c> of the JSON body.</summary>
public static class OciAssert
{
    public static async Task ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        if (response.RequestMessage?.Method == HttpMethod.Head)
        {
            return;
        }

        using var json = JsonDocument.Parse(body);
        Assert.Equal(code, json.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()));
    }
}

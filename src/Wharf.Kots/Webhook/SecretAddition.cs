namespace Wharf.Kots.Webhook;

/// <summary>How the pull secret joins a Pod's <c>imagePullSecrets</c>: as a new list, or appended to the existing one.</summary>
internal enum SecretAddition
{
    NewList,
    Append,
}

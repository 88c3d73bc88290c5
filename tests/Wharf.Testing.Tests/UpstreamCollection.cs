using Wharf.Testing;

namespace Wharf.Testing.Tests;

/// <summary>One upstream with the three test images, shared by every class in the collection.</summary>
[CollectionDefinition(UpstreamWithImagesFixture.CollectionName)]
public sealed class UpstreamCollection : ICollectionFixture<UpstreamWithImagesFixture>;

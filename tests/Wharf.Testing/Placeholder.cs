namespace Wharf.Testing;

namespace Wharf.Upstream;

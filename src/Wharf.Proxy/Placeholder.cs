namespace Wharf.Proxy;

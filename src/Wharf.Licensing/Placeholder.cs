namespace Wharf.Licensing;

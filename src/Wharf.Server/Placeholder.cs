namespace Wharf.Server;

namespace Wharf.Storage;

namespace Wharf.Oci;

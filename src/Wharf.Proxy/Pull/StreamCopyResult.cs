namespace Wharf.Proxy.Pull;

/// <summary>How a blob copy ended, naming the side that failed (YARP's StreamCopyResult idea).</summary>
public enum StreamCopyOutcome
{
    Success,
    SourceFailed,
    DestinationFailed,
    DigestMismatch,
    LengthMismatch,
    Canceled,
}

public readonly record struct StreamCopyResult(StreamCopyOutcome Outcome, long BytesWritten, Exception? Error = null);

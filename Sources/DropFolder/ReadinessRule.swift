/// Which names in the drop folder are finished documents. Writers that stage a file under a
/// hidden or partial name and rename it when done (rsync, curl -o x.part, editors) are waited
/// for: the rename brings the real name.
public enum ReadinessRule {
    public static func isReady(_ name: FileName) -> Bool {
        let bytes = name.bytes
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: ".") { return false }
        if bytes.last == UInt8(ascii: "~") { return false }
        let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        return !(lowered.hasSuffix(".tmp") || lowered.hasSuffix(".part") || lowered.hasSuffix(".partial")
            || lowered.hasSuffix(".crdownload") || lowered.hasSuffix(".swp"))
    }
}

/// Text written as YAML for people to edit and for `ospo` to read back: the
/// converters' content files and the answers skeleton of `ospo form`.
public enum YAMLQuoting {
    /// A YAML double-quoted scalar: backslash, quote and control characters
    /// escaped, so that no text can end the scalar or break the document.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

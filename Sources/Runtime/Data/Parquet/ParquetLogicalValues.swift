/// Text forms of Parquet's logical values: decimals exactly (a double would round "0.10"),
/// dates and times in ISO 8601, as pyarrow and `datasets` show them.
enum ParquetLogicalValues {
    /// An unscaled integer with `scale` digits after the point: (-1250, 2) → "-12.50".
    static func decimal(_ unscaled: Int64, scale: Int) -> String {
        place(digits: String(unscaled.magnitude), negative: unscaled < 0, scale: scale)
    }

    /// A big-endian two's-complement unscaled integer of any width (FIXED_LEN_BYTE_ARRAY, BYTE_ARRAY).
    static func decimal(bigEndian bytes: UnsafeRawBufferPointer, scale: Int) -> String {
        guard let first = bytes.first else { return place(digits: "0", negative: false, scale: scale) }
        let negative = first & 0x80 != 0
        var magnitude = Array(bytes)
        if negative {
            // Two's complement: invert, then add one.
            var carry = 1
            for i in stride(from: magnitude.count - 1, through: 0, by: -1) {
                let v = Int(~magnitude[i]) + carry
                magnitude[i] = UInt8(truncatingIfNeeded: v)
                carry = v >> 8
            }
        }
        // Long division by 10 over the bytes, one digit at a time.
        var digits: [UInt8] = []
        var start = magnitude.firstIndex { $0 != 0 } ?? magnitude.count
        while start < magnitude.count {
            var remainder = 0
            for i in start..<magnitude.count {
                let v = remainder << 8 | Int(magnitude[i])
                magnitude[i] = UInt8(v / 10)
                remainder = v % 10
            }
            digits.append(UInt8(ascii: "0") + UInt8(remainder))
            while start < magnitude.count && magnitude[start] == 0 { start += 1 }
        }
        if digits.isEmpty { digits = [UInt8(ascii: "0")] }
        return place(digits: String(decoding: digits.reversed(), as: UTF8.self), negative: negative, scale: scale)
    }

    private static func place(digits: String, negative: Bool, scale: Int) -> String {
        var text = digits
        if scale > 0 {
            if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        } else if scale < 0, text != "0" {
            text += String(repeating: "0", count: -scale)
        }
        return negative && digits != "0" ? "-" + text : text
    }

    /// Days since 1970-01-01 as "YYYY-MM-DD".
    static func date(days: Int64) -> String {
        let (y, m, d) = civil(days: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// A time of day in `unit` since midnight: "HH:MM:SS[.f]".
    static func time(_ value: Int64, unit: ParquetTimeUnit) -> String {
        let (seconds, fraction) = split(value, unit: unit)
        return clock(seconds) + fractionText(fraction, unit: unit)
    }

    /// An instant (or a naive wall-clock time) in `unit` since the epoch: "YYYY-MM-DDTHH:MM:SS[.f][Z]".
    static func timestamp(_ value: Int64, unit: ParquetTimeUnit, utc: Bool) -> String {
        let (seconds, fraction) = split(value, unit: unit)
        return timestamp(seconds: seconds, fraction: fraction, unit: unit, utc: utc)
    }

    /// INT96 as pyarrow reads it: a naive timestamp in nanoseconds. Counted in seconds here, as
    /// Julian days times nanoseconds a day overflow 64 bits.
    static func int96(julianDay: Int64, nanos: Int64) -> String {
        let (seconds, fraction) = split(nanos, unit: .nanos)
        // Julian day 2440588 is 1970-01-01.
        return timestamp(seconds: (julianDay - 2_440_588) * 86_400 + seconds, fraction: fraction, unit: .nanos, utc: false)
    }

    private static func timestamp(seconds: Int64, fraction: Int64, unit: ParquetTimeUnit, utc: Bool) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return date(days: days) + "T" + clock(seconds - days * 86_400) + fractionText(fraction, unit: unit) + (utc ? "Z" : "")
    }

    /// Whole seconds (floored) and the non-negative remainder in `unit`.
    private static func split(_ value: Int64, unit: ParquetTimeUnit) -> (Int64, Int64) {
        var seconds = value / unit.perSecond
        var fraction = value % unit.perSecond
        if fraction < 0 { seconds -= 1; fraction += unit.perSecond }
        return (seconds, fraction)
    }

    private static func clock(_ seconds: Int64) -> String {
        "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
    }

    /// ".f" without trailing zeros, or nothing for a whole second.
    private static func fractionText(_ fraction: Int64, unit: ParquetTimeUnit) -> String {
        guard fraction != 0 else { return "" }
        let width = unit == .millis ? 3 : unit == .micros ? 6 : 9
        var text = pad(fraction, width)
        while text.hasSuffix("0") { text.removeLast() }
        return "." + text
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let digits = String(v.magnitude)
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Year, month, day of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    /// Wrapping arithmetic: a hostile day count gives a wrong date, never a trap.
    private static func civil(days: Int64) -> (Int64, Int64, Int64) {
        let z = days &+ 719_468
        let era = (z >= 0 ? z : z &- 146_096) / 146_097
        let doe = z &- era &* 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe &+ era &* 400 &+ (m <= 2 ? 1 : 0), m, d)
    }
}

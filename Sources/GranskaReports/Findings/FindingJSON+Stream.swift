import GranskaCore

extension Finding {
    /// ``json`` written straight into `w`, keys in sorted order (a test compares the bytes with
    /// serialising ``json``).
    public func write(to w: inout JSONStreamWriter) {
        w.beginObject()
        w.key("allvarlighet")
        w.string(allvarlighet.rawValue)
        w.key("enkat")
        w.string(enkat)
        w.key("feltyp")
        w.string(feltyp)
        w.key("fil")
        w.string(location?.file)
        w.key("fingeravtryck")
        w.string(FindingFingerprint.of(self))
        w.key("insats_nr")
        w.int(insatsNr)
        w.key("kolumn")
        w.int(location?.column)
        w.key("meddelande")
        w.string(meddelande)
        w.key("rad")
        w.int(location?.line)
        w.key("regel")
        w.string(regel)
        w.key("respondent")
        w.string(respondent)
        w.endObject()
    }
}

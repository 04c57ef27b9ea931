package be.leerlingenbegeleiding.handbook.comply;

import be.leerlingenbegeleiding.handbook.diag.Msg;
import be.leerlingenbegeleiding.handbook.diag.Position;
import be.leerlingenbegeleiding.handbook.model.CrisisKind;
import be.leerlingenbegeleiding.handbook.model.CrisisProtocols;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R16: a protocol for each crisis a school must be ready for on any day: a pupil who may take
 * their own life, a suspicion of abuse, a serious incident. Each missing situation is its own
 * finding, named as a director would, so that an exemption can name one situation.
 */
final class CrisisCoverage implements CodeCheck {
    static final List<CrisisKind> REQUIRED = List.of(CrisisKind.SUICIDERISICO, CrisisKind.KINDERMISHANDELING,
            CrisisKind.ERNSTIG_INCIDENT);

    @Override
    public String name() {
        return "crisisprotocollen";
    }

    @Override
    public void check(Handbook h, Findings out) {
        CrisisProtocols c = h.crisis();
        List<CrisisProtocols.Protocol> protocols = c == null || c.protocols() == null ? List.of() : c.protocols();
        Set<CrisisKind> present = protocols.stream().map(CrisisProtocols.Protocol::kind).collect(Collectors.toSet());
        List<CrisisKind> missing = REQUIRED.stream().filter(k -> !present.contains(k)).toList();
        if (missing.isEmpty()) return;
        if (protocols.isEmpty()) {
            Position at = c == null ? Position.ofFile(h.folder().resolve("crisis.yaml")) : c.source().keyAt("protocollen");
            List<Object> names = missing.stream().map(k -> (Object) Msg.of("CrisisKind." + k.code())).toList();
            String codes = missing.stream().map(CrisisKind::code).collect(Collectors.joining(", "));
            out.add(at, "crisis.yaml", "check.crisisNone", "check.crisisNone.tip", names, codes);
            return;
        }
        for (CrisisKind k : missing) {
            out.add(c.source().keyAt("protocollen"), k.code(), "check.crisisMissing", "check.crisisMissing.tip",
                    Msg.of("CrisisKind." + k.code()), k.code());
        }
    }
}

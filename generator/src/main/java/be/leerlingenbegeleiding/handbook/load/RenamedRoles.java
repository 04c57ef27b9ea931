package be.leerlingenbegeleiding.handbook.load;

import be.leerlingenbegeleiding.handbook.model.ContentFile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The role ids a template renamed ({@code hernoemde_rollen} in its handboek.yaml): the merge
 * uses them to point a school that still writes an old id at the new one, and the upgrade
 * report to list where the school must change it.
 */
public final class RenamedRoles {
    /** The key of handboek.yaml where a template lists the roles it renamed. */
    public static final String KEY = "hernoemde_rollen";

    private RenamedRoles() {
    }

    /**
     * The roles a template renamed (with those of the templates below it, already merged in),
     * old id to new id.
     */
    public static Map<String, String> of(Load.Loaded template) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Load.Document d : template.documents()) {
            if (d.part() != ContentFile.HANDBOEK || !(d.node() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || !KEY.equals(k.getValue())
                        || !(t.getValueNode() instanceof MappingNode ids)) continue;
                for (NodeTuple r : ids.getValue()) {
                    if (r.getKeyNode() instanceof ScalarNode old && r.getValueNode() instanceof ScalarNode v
                            && !v.getValue().isBlank()) renamed.put(old.getValue(), v.getValue().strip());
                }
            }
        }
        return renamed;
    }
}

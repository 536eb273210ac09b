import com.google.gson.GsonBuilder;
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens a graph file with the Gephi Toolkit exactly as Gephi Desktop's "Open" does (file importer
 * chosen by extension, default import settings, default processor into a new workspace) and prints
 * on stdout, as JSON, what Gephi then holds: node and edge counts, the edge types Gephi keeps apart,
 * the attribute columns, every node and edge with its label and values, and the import report's
 * issues. Used by the export reader tests (test/integration/export-readers.test.ts).
 *
 * Usage: java -Djava.awt.headless=true -cp <toolkit classpath> GephiReader.java <file> [--no-merge]
 * `--no-merge` sets the edge merge strategy to "don't merge", the choice Gephi Desktop's import
 * report offers, before processing.
 */
public class GephiReader {
  public static void main(String[] args) throws Exception {
    File file = new File(args[0]);
    boolean noMerge = args.length > 1 && args[1].equals("--no-merge");

    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(file);
    if (container == null) throw new IllegalStateException("Gephi has no importer for " + file);
    if (noMerge) container.getLoader().setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
    importer.process(container, new DefaultProcessor(), workspace);

    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodeCount", model.getGraph().getNodeCount());
    out.put("edgeCount", model.getGraph().getEdgeCount());
    Map<String, Integer> edgeTypes = new TreeMap<>();
    for (Edge e : model.getGraph().getEdges()) {
      edgeTypes.merge(String.valueOf(model.getEdgeTypeLabel(e.getType())), 1, Integer::sum);
    }
    out.put("edgeTypes", edgeTypes);
    out.put("nodeColumns", columns(model.getNodeTable()));
    out.put("edgeColumns", columns(model.getEdgeTable()));
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Node n : model.getGraph().getNodes()) nodes.add(element(n, model.getNodeTable()));
    out.put("nodes", nodes);
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Edge e : model.getGraph().getEdges()) {
      Map<String, Object> m = element(e, model.getEdgeTable());
      m.put("source", e.getSource().getId());
      m.put("target", e.getTarget().getId());
      m.put("type", model.getEdgeTypeLabel(e.getType()));
      edges.add(m);
    }
    out.put("edges", edges);
    List<String> issues = new ArrayList<>();
    for (Iterator<Issue> it = container.getReport().getIssues(Integer.MAX_VALUE); it.hasNext(); ) {
      Issue issue = it.next();
      issues.add(issue.getLevel() + ": " + issue.getMessage());
    }
    out.put("issues", issues);
    System.out.println(new GsonBuilder().serializeNulls().create().toJson(out));
    System.exit(0);
  }

  private static List<Map<String, String>> columns(Table table) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Column c : table) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("id", c.getId());
      m.put("title", c.getTitle());
      m.put("type", c.getTypeClass().getSimpleName());
      list.add(m);
    }
    return list;
  }

  /** Id, label and every non-null value of the element's own columns (not Gephi's id/label). */
  private static Map<String, Object> element(Element element, Table table) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", element.getId());
    m.put("label", element.getLabel());
    Map<String, Object> attributes = new TreeMap<>();
    for (Column c : table) {
      if (c.isProperty()) continue;
      Object value = element.getAttribute(c);
      if (value != null) attributes.put(c.getTitle(), String.valueOf(value));
    }
    m.put("attributes", attributes);
    return m;
  }
}

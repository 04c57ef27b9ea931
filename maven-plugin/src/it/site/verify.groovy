// What site:deploy published: the report page, and the handbook's website beside it.
def published = new File(basedir, 'target/publicatie')
def page = new File(published, 'handboek-rapport.html')
assert page.isFile() : "no ${page}"
def html = page.getText('UTF-8')
assert html.contains('href="handboek/index.html"')
assert html.contains('href="handboek/naleving.html"')
// The compliance table: a row per rule, with its code, title and result.
assert html.contains('<th>Regel</th>') && html.contains('<th>Titel</th>') && html.contains('<th>Resultaat</th>')
assert html =~ /<td>R1<\/td>\s*<td>[^<]+<\/td>\s*<td>voldaan<\/td>/
assert html.contains('<td>R14</td>')
assert new File(published, 'handboek/index.html').getText('UTF-8').contains('Middenschool Het Voorbeeld')
assert new File(published, 'handboek/naleving.html').isFile()
// The page is in the site's menu of project reports.
assert new File(published, 'project-reports.html').getText('UTF-8').contains('handboek-rapport.html')
return true

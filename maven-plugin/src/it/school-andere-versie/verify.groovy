// Two versions of the template, one in handboek.yaml and one in pom.xml: the plugin names both.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = "[ERROR] handboek/handboek.yaml:3:11: 'sjabloon: be.leerlingenbegeleiding:handboek-sjabloon:0.0.1' vraagt versie 0.0.1, maar pom.xml hangt af van versie ${projectVersion}"
assert log.contains(expected) : "missing: ${expected}"
assert log.contains("[ERROR]   tip: Schrijf 'sjabloon: be.leerlingenbegeleiding:handboek-sjabloon' zonder versie")
assert !new File(basedir, 'target/handboek').exists()
return true

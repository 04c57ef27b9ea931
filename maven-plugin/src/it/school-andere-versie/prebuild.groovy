// The handbook of 'school', pinned to another template version than pom.xml depends on.
def copy
copy = { File from, File to ->
    to.mkdirs()
    from.eachFile { f -> f.directory ? copy(f, new File(to, f.name)) : (new File(to, f.name).bytes = f.bytes) }
}
copy(new File(basedir, '../school/handboek'), new File(basedir, 'handboek'))
def handbook = new File(basedir, 'handboek/handboek.yaml')
def text = handbook.getText('UTF-8')
def unversioned = 'sjabloon: be.leerlingenbegeleiding:handboek-sjabloon\n'
assert text.contains(unversioned)
handbook.setText(text.replace(unversioned, 'sjabloon: be.leerlingenbegeleiding:handboek-sjabloon:0.0.1\n'), 'UTF-8')
return true

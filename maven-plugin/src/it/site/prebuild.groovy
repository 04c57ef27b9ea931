// The handbook of 'school', unchanged: this project is about the site, not the content.
def copy
copy = { File from, File to ->
    to.mkdirs()
    from.eachFile { f -> f.directory ? copy(f, new File(to, f.name)) : (new File(to, f.name).bytes = f.bytes) }
}
copy(new File(basedir, '../school/handboek'), new File(basedir, 'handboek'))
return true

import sys
src = open(sys.argv[1], encoding='utf-8').read()
head, tail = src.split('/*@TRACE_DATA@*/', 1)
def c(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n"\n"') + '"'
open(sys.argv[2], 'w').write('static const char trace_viewer_head[] = %s;\nstatic const char trace_viewer_tail[] = %s;\n' % (c(head), c(tail)))

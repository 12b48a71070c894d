/* disasm.c — `minigo disasm`: each function's bytecode, one instruction a
 * line with its operands, its meaning's format, and its source line. The
 * opcode table in opcodes.h generates the names and formats used here. */
#include <stdio.h>
#include "vm.h"

const char *const opcode_names[OP_COUNT] = {
#define OP(name, fmt, doc) #name,
    OPCODE_LIST(OP)
#undef OP
};

const uint8_t opcode_formats[OP_COUNT] = {
#define OP(name, fmt, doc) fmt,
    OPCODE_LIST(OP)
#undef OP
};

void vm_disasm_proto(FILE *out, const Program *prog, const Proto *p) {
    fprintf(out, "func %s: %d params, %d results, %d registers, %d constants\n",
            p->name, p->nparams, p->nresults, p->nregs, p->nk);
    for (int n = 0; n < p->ncode; n++) {
        Instr i = p->code[n];
        char ops[64];
        switch (opcode_formats[i.op]) {
        case F_NONE: ops[0] = 0; break;
        case F_A: snprintf(ops, sizeof ops, "R%d", i.a); break;
        case F_AB: snprintf(ops, sizeof ops, "R%d R%d", i.a, i.b); break;
        case F_ABC:
            if (i.op == OP_SELECT)
                snprintf(ops, sizeof ops, "R%d %d cases (%d sends)%s", i.a, i.b, i.c >> 1, i.c & 1 ? ", default" : "");
            else if (i.op == OP_MKCHAN && i.b == 0xFFFF)
                snprintf(ops, sizeof ops, "R%d unbuffered T%d", i.a, i.c);
            else if (i.op == OP_RECV)
                snprintf(ops, sizeof ops, "R%d R%d%s", i.a, i.b, i.c ? " ok" : "");
            else
                snprintf(ops, sizeof ops, "R%d R%d R%d", i.a, i.b, i.c);
            break;
        case F_ABx:
            if (i.op == OP_CALL && instr_bx(i) < (uint32_t)prog->nfuncs)
                snprintf(ops, sizeof ops, "R%d %u ; %s", i.a, instr_bx(i), prog->funcs[instr_bx(i)]->name);
            else if (i.op == OP_CALLN && instr_bx(i) < (uint32_t)prog->nnatives)
                snprintf(ops, sizeof ops, "R%d %u ; %s.%s", i.a, instr_bx(i), prog->natives[instr_bx(i)]->pkg,
                         prog->natives[instr_bx(i)]->name);
            else
                snprintf(ops, sizeof ops, "R%d %u", i.a, instr_bx(i));
            break;
        case F_AsBx:
            if (i.op == OP_LOADI) snprintf(ops, sizeof ops, "R%d %d", i.a, instr_sbx(i));
            else snprintf(ops, sizeof ops, "R%d -> %d", i.a, n + 1 + instr_sbx(i));
            break;
        case F_sBx: snprintf(ops, sizeof ops, "-> %d", n + 1 + instr_sbx(i)); break;
        case F_ABsC: snprintf(ops, sizeof ops, "R%d R%d %d", i.a, i.b, instr_sc(i)); break;
        case F_ABF: snprintf(ops, sizeof ops, "R%d R%d R%d[%d]", i.a, i.b, i.c & 255, i.c >> 8); break;
        case F_AFRR: snprintf(ops, sizeof ops, "R%d[%d] R%d R%d", i.a, i.b, i.c & 255, i.c >> 8); break;
        case F_ABJ:
            if (i.op >= OP_JLTI) snprintf(ops, sizeof ops, "R%d %d -> %d", i.a, instr_sb(i), n + 1 + instr_sc(i));
            else snprintf(ops, sizeof ops, "R%d R%d -> %d", i.a, i.b, n + 1 + instr_sc(i));
            break;
        default: ops[0] = 0; break;
        }
        fprintf(out, "  %4d  %-8s %-36s line %d\n", n, opcode_names[i.op], ops, p->lines[n]);
    }
}

void vm_disasm(FILE *out, const Program *prog) {
    for (int i = 0; i < prog->nfuncs; i++) {
        if (i) fputc('\n', out);
        vm_disasm_proto(out, prog, prog->funcs[i]);
    }
}

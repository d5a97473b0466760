" tnb notebooks: *.tnb
autocmd BufRead,BufNewFile *.tnb setfiletype tnb

result:solve["zzz"];
show result;

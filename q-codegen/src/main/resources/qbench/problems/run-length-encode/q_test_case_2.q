result:solve[enlist "a"];
show result;

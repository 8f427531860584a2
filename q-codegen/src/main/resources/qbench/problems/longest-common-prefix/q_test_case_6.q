result:solve[enlist "solo"];
show result;

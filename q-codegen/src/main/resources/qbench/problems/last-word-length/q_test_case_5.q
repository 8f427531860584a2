result:solve["a b c d"];
show result;

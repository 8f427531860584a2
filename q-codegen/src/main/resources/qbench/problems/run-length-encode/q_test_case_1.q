result:solve["aaabbc"];
show result;
